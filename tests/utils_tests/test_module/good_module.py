content = "Good Module"
