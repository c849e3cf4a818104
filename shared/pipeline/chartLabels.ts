/**
 * Where the chart's dot labels go (the pack's chart and the app's): many deals share a
 * decision date, and labels written beside every dot at a fixed offset pile up into an
 * unreadable smear. Each label tries a few places around its dot, in order, and takes the
 * first inside the plot that covers no label already placed and no other dot; a label with
 * no free place is left out and counted, so the chart can say how many names it does not show.
 */

/** A rectangle: `x`, `y` its top-left corner. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The dot's centre. */
  readonly x: number;
  readonly y: number;
  /** The label's size, measured by the caller in its own units (points, pixels). */
  readonly width: number;
  readonly height: number;
}

export interface LabelLayout {
  /** Per request, in order: where its label goes, or null when it was left out. */
  readonly boxes: readonly (LabelBox | null)[];
  /** How many labels were left out. */
  readonly dropped: number;
}

export interface LabelOptions {
  /** The area labels must stay inside (the plot). */
  readonly bounds: LabelBox;
  /** The dots' radius: a label never covers a dot. */
  readonly dotRadius: number;
  /** The space between a dot and its label. */
  readonly gap: number;
}

/** True when the two boxes share some area (boxes that only touch do not intersect). */
export function boxesIntersect(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: LabelBox, bounds: LabelBox): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** The places tried for one label: right of the dot, left, then stepped up and down on both sides. */
function candidates(request: LabelRequest, options: LabelOptions): LabelBox[] {
  const { width, height } = request;
  const offset = options.dotRadius + options.gap;
  const right = request.x + offset;
  const left = request.x - offset - width;
  const middle = request.y - height / 2;
  const places: LabelBox[] = [];
  for (const step of [0, -1, 1, -2, 2, -3, 3]) {
    const y = middle + step * height;
    places.push({ x: right, y, width, height }, { x: left, y, width, height });
  }
  // Right above and below the dot, centred, for a dot near both sides of the plot.
  places.push(
    { x: request.x - width / 2, y: request.y - offset - height, width, height },
    { x: request.x - width / 2, y: request.y + offset, width, height },
  );
  return places;
}

/** Places the labels of `requests` (see the module comment); the same input gives the same layout. */
export function placeChartLabels(requests: readonly LabelRequest[], options: LabelOptions): LabelLayout {
  const r = options.dotRadius;
  const dots = requests.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  const placed: LabelBox[] = [];
  let dropped = 0;
  const boxes = requests.map((request) => {
    // A label with nothing to show takes no room and is not missing.
    if (request.width <= 0) return null;
    const box = candidates(request, options).find(
      (place) =>
        inside(place, options.bounds) &&
        !placed.some((other) => boxesIntersect(place, other)) &&
        !dots.some((dot) => boxesIntersect(place, dot)),
    );
    if (box === undefined) {
      dropped += 1;
      return null;
    }
    placed.push(box);
    return box;
  });
  return { boxes, dropped };
}
