/** holdTransform: a paused identity animation added to an element's transform, cancelled on release. */
import { describe, expect, it } from 'vitest';
import { holdTransform } from '../../../renderer/canvas/heldTransform';

/** An element with just Web Animations' `animate`, recording what was asked of it. */
function animatedElement() {
  const calls: string[] = [];
  const frames: Keyframe[][] = [];
  const element = {
    animate(keyframes: Keyframe[], options: KeyframeAnimationOptions) {
      frames.push(keyframes);
      calls.push(`animate ${String(options.duration)}`);
      return { pause: () => calls.push('pause'), cancel: () => calls.push('cancel') };
    },
  } as unknown as Element;
  return { element, calls, frames };
}

describe('holdTransform', () => {
  it('adds a paused animation that moves nothing, and cancels it on release', () => {
    const { element, calls, frames } = animatedElement();
    const release = holdTransform(element);
    expect(calls).toEqual(['animate 1000000000', 'pause']);
    // Added to the element's own transform (composite: add), by zero: the element stays where its style puts it.
    expect(frames[0]).toEqual([
      { transform: 'translate(0px, 0px)', composite: 'add' },
      { transform: 'translate(0px, 0px)', composite: 'add' },
    ]);
    release();
    expect(calls).toEqual(['animate 1000000000', 'pause', 'cancel']);
  });

  it('does nothing without an element or without Web Animations (jsdom)', () => {
    expect(() => holdTransform(null)()).not.toThrow();
    expect(() => holdTransform({} as Element)()).not.toThrow();
  });
});
