#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "pool.h"
#include "util.h"

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	pthread_t *th;
	int n;			/* threads, the caller included */
	int started;		/* workers running */
	/* the job in progress */
	void (*fn)(void *, int);
	void *arg;
	int ntasks, next, unfinished;
	unsigned long gen;	/* bumped for each job */
	int quit;
};

/* Takes tasks until none is left; called with mu held, returns with it held. */
static void
drain(struct pool *p)
{
	while (p->next < p->ntasks) {
		int i = p->next++;
		pthread_mutex_unlock(&p->mu);
		p->fn(p->arg, i);
		pthread_mutex_lock(&p->mu);
		if (--p->unfinished == 0)
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
		while (!p->quit && p->gen == seen)
			pthread_cond_wait(&p->work, &p->mu);
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
	p->gen++;
	pthread_cond_broadcast(&p->work);
	drain(p);
	while (p->unfinished)
		pthread_cond_wait(&p->done, &p->mu);
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
	p->quit = 1;
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
