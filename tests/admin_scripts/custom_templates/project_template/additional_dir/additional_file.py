# some file for {{ project_name }} test project
