#ifndef TESSEL_CMIMALLOC_SHIM_H
#define TESSEL_CMIMALLOC_SHIM_H
#include <mimalloc.h>
#endif
