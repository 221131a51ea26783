#ifndef TESSEL_CZEROMQ_SHIM_H
#define TESSEL_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
