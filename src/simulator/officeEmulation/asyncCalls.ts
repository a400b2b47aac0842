import { OFFICE_ERRORS, officeErrorOf, type SimOfficeError } from "./types";

export interface EmulatedAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T | undefined;
  error: SimOfficeError | undefined;
  asyncContext: unknown;
  diagnostics: unknown;
}

export type AsyncCallback<T> = (result: EmulatedAsyncResult<T>) => void;

export interface CallOptions {
  asyncContext?: unknown;
  [option: string]: unknown;
}

/** Office.js methods take `(…, options?, callback?)`; either may be missing. */
export function optionsAndCallback<T>(rest: unknown[]): {
  options: CallOptions;
  callback?: AsyncCallback<T>;
} {
  const [first, second] = rest;
  if (typeof first === "function") return { options: {}, callback: first as AsyncCallback<T> };
  const options = first && typeof first === "object" ? (first as CallOptions) : {};
  return { options, callback: typeof second === "function" ? (second as AsyncCallback<T>) : undefined };
}

/** Outlook on the web rejects a fourth asynchronous call while three are still running. */
export const MAX_CALLS_IN_FLIGHT = 3;

/**
 * Runs host work the way Office.js does: never synchronously, reporting failures in the
 * AsyncResult rather than throwing, and honouring the simulator's "fail the next call" switch.
 */
export class AsyncCallRunner {
  private inFlight = 0;

  constructor(private readonly takeInjectedFailure: () => SimOfficeError | null) {}

  run<T>(options: CallOptions, callback: AsyncCallback<T> | undefined, work: () => T): void {
    const asyncContext = options.asyncContext;
    const fail = (error: SimOfficeError) =>
      deliver(callback, { status: "failed", value: undefined, error, asyncContext, diagnostics: undefined });
    if (this.inFlight >= MAX_CALLS_IN_FLIGHT) {
      setTimeout(() => fail(OFFICE_ERRORS.tooManyCalls), 0);
      return;
    }
    this.inFlight += 1;
    setTimeout(() => {
      this.inFlight -= 1;
      const injected = this.takeInjectedFailure();
      if (injected) return fail(injected);
      let value: T;
      try {
        value = work();
      } catch (error) {
        const officeError = officeErrorOf(error);
        if (officeError) return fail(officeError);
        return fail({
          ...OFFICE_ERRORS.internal,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      deliver(callback, {
        status: "succeeded",
        value,
        error: undefined,
        asyncContext,
        diagnostics: undefined,
      });
    }, 0);
  }
}

function deliver<T>(callback: AsyncCallback<T> | undefined, result: EmulatedAsyncResult<T>): void {
  callback?.(result);
}
