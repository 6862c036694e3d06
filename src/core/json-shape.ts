/** The shape of a parsed JSON value. */
export interface JsonShape {
  /** Levels of nesting: 0 for a scalar, 1 for `{}` or `[1]`, 2 for `{"a": [1]}`, … */
  depth: number;
  /** Values in it, containers and scalars alike (`{"a": [1, 2]}` has 4). */
  nodes: number;
}

/**
 * Measures a parsed JSON value without recursion, so any depth is safe; stops counting once `depth` exceeds
 * `stopAtDepth` or `nodes` exceeds `stopAtNodes` (the result is then just over the limit).
 */
export function measureJson(
  value: unknown,
  stopAtDepth = Number.POSITIVE_INFINITY,
  stopAtNodes = Number.POSITIVE_INFINITY,
): JsonShape {
  const shape: JsonShape = { depth: 0, nodes: 0 };
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, level] = stack.pop()!;
    shape.nodes += 1;
    if (current === null || typeof current !== 'object') continue;
    shape.depth = Math.max(shape.depth, level + 1);
    if (shape.depth > stopAtDepth || shape.nodes > stopAtNodes) return shape;
    for (const item of Array.isArray(current) ? current : Object.values(current))
      stack.push([item, level + 1]);
  }
  return shape;
}
