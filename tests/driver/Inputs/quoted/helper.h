/* Found through a quoted include next to the source that uses it. */
#define HELPER_VALUE 42
int helper(int x);
