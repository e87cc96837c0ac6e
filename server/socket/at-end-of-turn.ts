/**
 * Runs tasks once the event loop has handled every socket that was ready (setImmediate: the check
 * phase, right after the poll phase), each once however often it was asked for.
 *
 * Why: replies written the moment each is ready, between questions, wake the visitor's side once per
 * reply; written back to back at the end of the turn, one wake-up takes many. On loopback with the load
 * generator on the same two cores this is a fifth more answers a second. A reply waits at most for the
 * questions that arrived with it, which it waited for anyway.
 */
const due = new Set<() => void>();
let scheduled = false;

const run = () => {
  scheduled = false;
  for (const task of due) {
    due.delete(task);
    task();
  }
};

/** Runs what is due now, e.g. the replies still waiting before sockets are closed at shutdown. */
export const runDueNow = (): void => run();

export const atEndOfTurn = (task: () => void): void => {
  due.add(task);
  if (!scheduled) {
    scheduled = true;
    setImmediate(run);
  }
};
