// Errors raised before execution starts: CPython's SyntaxError, and our "not supported yet".

/** A SyntaxError as CPython reports it: message plus the location of the offending token. */
export class PySyntaxError extends Error {
  constructor(
    /** 'SyntaxError' or 'IndentationError'. */
    readonly className: string,
    readonly msg: string,
    readonly line: number,
    readonly col: number,
    readonly endCol: number,
  ) {
    super(msg);
  }
}

/** A construct the simulator cannot run yet. Never guessed around: the run stops with this. */
export class UnsupportedError extends Error {
  constructor(readonly construct: string, readonly line: number) {
    super(`not supported by the simulator yet: ${construct} (line ${line})`);
  }
}
