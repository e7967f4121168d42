from .tenant import Comment, Post, Tenant, TimeStamped, Token, User

__all__ = [
    "Comment",
    "Post",
    "Tenant",
    "TimeStamped",
    "Token",
    "User",
]
