#define P _Pragma(
_Pragma("clang attribute push(P")
int x;
