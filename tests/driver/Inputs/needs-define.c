/* Parses only when N is defined on the command line. */
int values[N];
