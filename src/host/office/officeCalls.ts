import { HostError, type HostErrorCode } from "../mailHost";

/** Outlook on the web fails a fourth asynchronous call while three are still running. */
export const MAX_CALLS_IN_FLIGHT = 3;

/** Long enough for a slow mailbox, short enough that a lost callback cannot wedge the queue. */
export const DEFAULT_CALL_TIMEOUT_MS = 20_000;

/** What a failed call means for the rep, and which typed error it becomes. */
export interface CallFailure {
  code: HostErrorCode;
  message: string;
}

/**
 * Starts Office calls in order, never more than MAX_CALLS_IN_FLIGHT at once; the rest wait
 * for a slot instead of failing with "too many concurrent calls".
 */
export class CallQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit = MAX_CALLS_IN_FLIGHT) {}

  run<T>(start: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const go = () => {
        this.running += 1;
        start()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.waiting.shift()?.();
          });
      };
      if (this.running < this.limit) go();
      else this.waiting.push(go);
    });
  }

  get inFlight(): number {
    return this.running;
  }
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface OfficeCaller {
  /**
   * Runs one callback-style Office.js method as a promise. A failed AsyncResult, a method that
   * throws, or no answer within the timeout all become a HostError with the rep's message and
   * the technical detail kept in `detail`.
   */
  call<T>(failure: CallFailure, invoke: (callback: Callback<T>) => void): Promise<T>;
}

export function createOfficeCaller(
  office: typeof Office,
  options: { queue?: CallQueue; timeoutMs?: number } = {},
): OfficeCaller {
  const queue = options.queue ?? new CallQueue();
  const timeoutMs = options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const failed = office.AsyncResultStatus.Failed;

  return {
    call<T>(failure: CallFailure, invoke: (callback: Callback<T>) => void): Promise<T> {
      return queue.run(
        () =>
          new Promise<T>((resolve, reject) => {
            let settled = false;
            const timer = setTimeout(() => {
              settled = true;
              reject(
                new HostError(failure.code, failure.message, `No answer from Outlook in ${timeoutMs} ms`),
              );
            }, timeoutMs);
            const settle = (work: () => void) => {
              if (settled) return;
              settled = true;
              clearTimeout(timer);
              work();
            };
            try {
              invoke((result) =>
                settle(() => {
                  if (result.status === failed) {
                    reject(new HostError(failure.code, failure.message, describeOfficeError(result.error)));
                  } else {
                    resolve(result.value);
                  }
                }),
              );
            } catch (error) {
              settle(() => reject(new HostError(failure.code, failure.message, describeThrown(error))));
            }
          }),
      );
    },
  };
}

export function describeOfficeError(error: Office.Error | undefined): string {
  if (!error) return "Outlook reported a failure without details";
  return `${error.name} (${error.code}): ${error.message}`;
}

export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
