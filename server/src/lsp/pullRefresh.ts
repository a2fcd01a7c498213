// A pulled report cannot be completed later: the client holds it until it pulls again, and the only way to make it
// pull is `workspace/diagnostic/refresh`, which re-pulls every open document. So a refresh is asked for only for a
// document whose client holds a first report of an open while its full report is ready, and refreshes asked for
// while one is under way go out as one, after it, and only for documents it did not cover: each such document
// causes one refresh at most, and nothing an edit does causes one.
export class PullRefresh {
  /** Documents whose client holds a first report although the full one is ready. */
  readonly #waiting = new Set<string>();
  #inFlight: Set<string> | undefined;

  constructor(private readonly send: () => Promise<unknown>) {}

  /** The full report of `uri` is ready and its client holds only the first: ask the client to pull again. */
  request(uri: string): void {
    this.#waiting.add(uri);
    if (!this.#inFlight) this.#send();
  }

  /** The client pulled `uri` again (or closed it): it holds what the server has. */
  pulled(uri: string): void {
    this.#waiting.delete(uri);
  }

  #send(): void {
    const covered = new Set(this.#waiting);
    this.#inFlight = covered;
    const done = () => {
      this.#inFlight = undefined;
      if ([...this.#waiting].some((uri) => !covered.has(uri))) this.#send();
    };
    this.send().then(done, done);
  }
}
