#if _Pragma(
#endif
int x;
