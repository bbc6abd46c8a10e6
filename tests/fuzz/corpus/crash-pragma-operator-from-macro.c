#define P _Pragma(x
#if P
#endif
int x;
