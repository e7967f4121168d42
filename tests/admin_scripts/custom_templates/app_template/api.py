# your API code
