#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "exec/cpu/pool.h"
#include "base/util.h"

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	pthread_t *th;
	int n;			/* threads, the caller included */
	int started;		/* workers running */
	/* the job in progress */
	void (*fn)(void *, int);
	void *arg;
	int ntasks, next;
	unsigned long unfinished;	/* read unlocked while spinning */
	unsigned long gen;	/* bumped for each job; read unlocked while spinning */
	int sleepers;		/* workers waiting on `work` */
	int waiting;		/* the caller waits on `done` */
	int quit;
};

/* How long a thread that ran out of work polls for more before it
 * sleeps.  A decode step runs a hundred short jobs with the caller's
 * serial steps between them (norms, RoPE, attention's small products:
 * tens of microseconds, some gaps longer); waking a sleeping thread
 * costs tens of microseconds in a VM, as much as a small job.  Past this
 * window the pool is idle and costs nothing.  A 1B model's 8-bit bench
 * run (Zen 4 VM, 2 threads) switched context 9554 times at 50 us, 1265
 * at 200 us, 652 at 1 ms; decode at 1 ms against 50 us, alternated three
 * times: 8-bit 16.4-16.7 against 15.4-16.3 tok/s, bf16 15.7-16.5 against
 * 15.7-16.2. */
enum { SPIN_NS = 1000000 };

static long long
nsec(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Polls *v (without the mutex) until it is, or (eq == 0) is no longer,
 * val, for at most SPIN_NS; returns whether it saw that. */
static int
spin(const unsigned long *v, unsigned long val, int eq)
{
	long long end = 0;

	for (int k = 0;; k++) {
		if ((__atomic_load_n(v, __ATOMIC_ACQUIRE) == val) == eq)
			return 1;
		if ((k & 63) == 0) {
			long long t = nsec();
			if (!end)
				end = t + SPIN_NS;
			else if (t > end)
				return 0;
		}
#if defined(__x86_64__) || defined(__i386__)
		__builtin_ia32_pause();
#endif
	}
}

/* Takes tasks until none is left; called with mu held, returns with it held. */
static void
drain(struct pool *p)
{
	while (p->next < p->ntasks) {
		int i = p->next++;
		pthread_mutex_unlock(&p->mu);
		p->fn(p->arg, i);
		pthread_mutex_lock(&p->mu);
		__atomic_store_n(&p->unfinished, p->unfinished - 1, __ATOMIC_RELEASE);
		if (p->unfinished == 0 && p->waiting)
			pthread_cond_broadcast(&p->done);
	}
}

static void *
worker(void *v)
{
	struct pool *p = v;
	unsigned long seen = 0;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		if (!p->quit && p->gen == seen) {
			pthread_mutex_unlock(&p->mu);
			spin(&p->gen, seen, 0);
			pthread_mutex_lock(&p->mu);
		}
		while (!p->quit && p->gen == seen) {
			p->sleepers++;
			pthread_cond_wait(&p->work, &p->mu);
			p->sleepers--;
		}
		if (p->quit)
			break;
		seen = p->gen;
		drain(p);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

struct pool *
pool_new(int n)
{
	struct pool *p = ecalloc(1, sizeof(*p));

	if (n < 1) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		n = c < 1 ? 1 : c > 64 ? 64 : (int)c;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	p->th = ecalloc((size_t)n, sizeof(*p->th));
	p->n = 1;
	for (int i = 1; i < n; i++) {
		if (pthread_create(&p->th[p->started], NULL, worker, p) != 0)
			break;
		p->started++;
		p->n++;
	}
	return p;
}

void
pool_run(struct pool *p, void (*fn)(void *arg, int i), void *arg, int ntasks)
{
	if (ntasks <= 0)
		return;
	if (p->n == 1 || ntasks == 1) {
		for (int i = 0; i < ntasks; i++)
			fn(arg, i);
		return;
	}
	pthread_mutex_lock(&p->mu);
	p->fn = fn;
	p->arg = arg;
	p->ntasks = ntasks;
	p->next = 0;
	p->unfinished = ntasks;
	__atomic_store_n(&p->gen, p->gen + 1, __ATOMIC_RELEASE);
	if (p->sleepers)
		pthread_cond_broadcast(&p->work);
	drain(p);
	if (p->unfinished) {
		pthread_mutex_unlock(&p->mu);
		spin(&p->unfinished, 0, 1);
		pthread_mutex_lock(&p->mu);
	}
	while (p->unfinished) {
		p->waiting = 1;
		pthread_cond_wait(&p->done, &p->mu);
		p->waiting = 0;
	}
	pthread_mutex_unlock(&p->mu);
}

int
pool_size(const struct pool *p)
{
	return p->n;
}

void
pool_free(struct pool *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	__atomic_store_n(&p->quit, 1, __ATOMIC_RELEASE);
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (int i = 0; i < p->started; i++)
		pthread_join(p->th[i], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	free(p->th);
	free(p);
}
