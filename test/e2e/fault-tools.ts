/**
 * Tools for the fault and attack suites: stopping the service worker as Chrome does, and running
 * code inside a content script's isolated world, where Playwright's own evaluate cannot reach.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromeApi, ExtensionSession } from './harness';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the extension's service worker through CDP (`ServiceWorker.stopAllWorkers`), as Chrome does
 * after 30 s idle or under memory pressure: everything in its memory (queues, caches) is gone and
 * the next event starts a fresh one. The session must be on an extension page: the domain only
 * sees the workers of its page's storage partition, and a page of ours shares the worker's.
 */
export class WorkerStopper {
  /** How many times the worker was seen to stop: a fault the suite survived. */
  stops = 0;
  private status = 'unknown';
  /** Counted as events arrive: a stop and a quick restart can come between two polls. */
  private stoppedSeen = 0;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(ext: ExtensionSession): Promise<WorkerStopper> {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    const cdp = await ext.context.newCDPSession(page);
    const stopper = new WorkerStopper(page, cdp);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      const ours = versions.find((version) => version.scriptURL.startsWith(ext.url('')));
      if (!ours) return;
      stopper.status = ours.runningStatus;
      if (ours.runningStatus === 'stopped') stopper.stoppedSeen++;
    });
    await cdp.send('ServiceWorker.enable');
    return stopper;
  }

  /**
   * Asks Chrome to stop the worker and waits until it has. A request that lands while the worker
   * is still starting is ignored by Chrome, so it is repeated until the worker is seen stopped.
   */
  async stop(): Promise<void> {
    const deadline = Date.now() + 15_000;
    const before = this.stoppedSeen;
    while (Date.now() < deadline) {
      await this.cdp.send('ServiceWorker.stopAllWorkers');
      if (await this.stoppedSince(before, 1_000)) {
        this.stops++;
        return;
      }
    }
    throw new Error(`The worker never stopped (it is ${this.status})`);
  }

  private async stoppedSince(count: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.stoppedSeen === count) {
      if (Date.now() > deadline) return false;
      await sleep(25);
    }
    return true;
  }

  /** Reads storage.local from the extension page: works while the worker is stopped. */
  storage(keys: string[] | null = null): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      (wanted) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(wanted),
      keys,
    );
  }
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Runs an expression in the page's content-script world of our extension: a real content script
 * sender (sender.id ours, sender.tab set), unlike an extension page. The expression may return a
 * Promise; its value comes back as JSON.
 */
export async function contentScriptWorld(
  page: Page,
  extensionId: string,
): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
    contexts.push(context);
  });
  // Enabling reports the contexts that already exist, so the content script may have run before.
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world: ExecutionContext | undefined;
  while (!world) {
    world = contexts.find(
      (context) =>
        context.auxData?.type === 'isolated' &&
        context.origin === `chrome-extension://${extensionId}`,
    );
    if (Date.now() > deadline) throw new Error('The content script never ran on this page');
    if (!world) await sleep(50);
  }
  const contextId = world.id;
  return async (expression) => {
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`Content script world: ${exceptionDetails.text}`);
    return result.value;
  };
}

export { sleep };
