/**
 * Group commit: requests that arrive together share one transaction. A thousand people answering
 * an alarm in the same second cost a handful of fsyncs instead of a thousand, and each caller
 * still gets its answer only after its change is durable.
 */
export class GroupCommit<In, Out> {
  #queue: { input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  #flushing = false;

  constructor(
    private readonly commit: (inputs: In[]) => Promise<Out[]>,
    private readonly maxBatch = 5000,
  ) {}

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
      if (!this.#flushing) {
        this.#flushing = true;
        // Let the requests of this tick gather before the first transaction starts.
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        const outs = await this.commit(batch.map((b) => b.input));
        batch.forEach((b, i) => b.resolve(outs[i] as Out));
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.#flushing = false;
  }
}
