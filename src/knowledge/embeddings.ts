/**
 * An embedding model for vector search: `model` names it (stored beside each vector, so vectors of another
 * model are never compared), `embed` maps texts to vectors of one dimension, in order.
 */
export interface Embedder {
  readonly model: string;
  embed(texts: string[]): Promise<number[][]>;
}
