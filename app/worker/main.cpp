// SPDX-License-Identifier: MIT
// concurrency-lab-worker: the child program of the process demos (see workerprogram.cpp).

#include "workerprogram.h"

int main(int argc, char *argv[])
{
    return runWorker(argc, argv);
}
