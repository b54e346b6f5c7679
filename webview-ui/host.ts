// The panel's side of the protocol: a typed post() and an exhaustive dispatch of validated host messages.
import type { HostToPanel, PanelToHost } from '../src/protocol/panel';
import { isHostToPanel } from './validate';

/** The object returned by VS Code's acquireVsCodeApi() (only what the panel uses). */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** One handler per host message type; adding a message type without a handler fails to compile. */
export type HostHandlers = {
  readonly [K in HostToPanel['type']]: (message: Extract<HostToPanel, { type: K }>) => void;
};

export interface Host {
  post(message: PanelToHost): void;
  /** Starts listening for host messages; returns a function that stops. */
  listen(handlers: HostHandlers): () => void;
}

export function dispatch(message: HostToPanel, handlers: HostHandlers): void {
  // The cast is safe: the handler is chosen by the message's own discriminant.
  (handlers[message.type] as (m: HostToPanel) => void)(message);
}

export function createHost(api: VsCodeApi, target: Window = window): Host {
  return {
    post: (message) => api.postMessage(message),
    listen(handlers) {
      const onMessage = (event: MessageEvent<unknown>): void => {
        if (!isHostToPanel(event.data)) {
          console.warn('[pymemlab panel] dropped a malformed host message');
          return;
        }
        dispatch(event.data, handlers);
      };
      target.addEventListener('message', onMessage);
      return () => target.removeEventListener('message', onMessage);
    },
  };
}
