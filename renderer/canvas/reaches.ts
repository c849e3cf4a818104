/**
 * The reaches of the lines that have one (routeReach, lineRoutes.ts): which lines a moved
 * card can change the route of.
 */
import type { Box } from '../../shared/mapLayout/lineRoute';

/**
 * The reaches of the lines that have one, as flat lists of numbers: a move tests each
 * against the moved cards without a call or an object a line (a drop runs it cold).
 */
export class Reaches {
  private readonly ids: string[] = [];
  private readonly left: number[] = [];
  private readonly top: number[] = [];
  private readonly right: number[] = [];
  private readonly bottom: number[] = [];
  private readonly at = new Map<string, number>();

  /** A line's reach (null: it has none). */
  set(id: string, reach: Box | null): void {
    let at = this.at.get(id);
    if (!reach) {
      if (at !== undefined) this.remove(id, at);
      return;
    }
    if (at === undefined) {
      at = this.ids.length;
      this.at.set(id, at);
      this.ids.push(id);
    }
    this.left[at] = reach.x;
    this.top[at] = reach.y;
    this.right[at] = reach.x + reach.width;
    this.bottom[at] = reach.y + reach.height;
  }

  clear(): void {
    for (const list of [this.ids, this.left, this.top, this.right, this.bottom]) list.length = 0;
    this.at.clear();
  }

  /** Adds to `into` the ids of the lines whose reach one of `boxes` meets (as `meets` tells). */
  meeting(boxes: readonly Box[], into: Set<string>): void {
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i]!;
      const x0 = box.x;
      const y0 = box.y;
      const x1 = box.x + box.width;
      const y1 = box.y + box.height;
      for (let k = 0; k < this.ids.length; k++)
        if (x0 < this.right[k]! && x1 > this.left[k]! && y0 < this.bottom[k]! && y1 > this.top[k]!)
          into.add(this.ids[k]!);
    }
  }

  /** The last takes the place of the one let go. */
  private remove(id: string, at: number): void {
    const last = this.ids.length - 1;
    const moving = this.ids[last]!;
    this.ids[at] = moving;
    this.left[at] = this.left[last]!;
    this.top[at] = this.top[last]!;
    this.right[at] = this.right[last]!;
    this.bottom[at] = this.bottom[last]!;
    this.at.set(moving, at);
    for (const list of [this.ids, this.left, this.top, this.right, this.bottom]) list.pop();
    this.at.delete(id);
  }
}
