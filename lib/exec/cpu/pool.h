/* A small thread pool for the CPU plan: the caller and n-1 workers split
 * a loop of tasks.  A thread that runs out of work polls for the next
 * job for at most 50 microseconds (a decode step is a hundred short jobs
 * back to back, and waking a sleeping thread costs about as much as a
 * job), then sleeps on a condition variable: an idle pool uses no CPU. */
#ifndef POOL_H
#define POOL_H

struct pool;

/* Starts a pool of n threads in all (the caller counts as one); n < 1
 * means one thread a CPU online.  Never NULL: a pool that cannot start
 * workers runs everything on the caller. */
struct pool *pool_new(int n);

/* Calls fn(arg, i) for i in [0, ntasks) across the threads and returns
 * when all are done.  Tasks must not depend on one another's order. */
void pool_run(struct pool *p, void (*fn)(void *arg, int i), void *arg, int ntasks);

/* Threads in the pool (the caller included). */
int pool_size(const struct pool *p);

void pool_free(struct pool *p);

#endif
