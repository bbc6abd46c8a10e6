#pragma torc wait
int x;
