/**
 * The fit of the win/loss review in a Web Worker (useAdvice.ts starts one per run): seconds
 * of arithmetic over a few thousand deals no longer hold the screen's thread, and closing
 * the screen stops it (Worker.terminate). shared/ code runs here unchanged.
 */
import { answerFit, type FitAnswer, type FitRequest } from './fitMessages';

/**
 * The parts of the worker's global scope used here. The renderer is typed with the DOM
 * library, where `self` is a Window; inside a worker it is the worker's scope.
 */
interface FitWorkerScope {
  onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
  postMessage(answer: FitAnswer): void;
}

const scope = self as unknown as FitWorkerScope;
scope.onmessage = (event) => scope.postMessage(answerFit(event.data));
