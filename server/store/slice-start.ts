import type { Slice } from './store';

/**
 * Where a slice starts, as the (at, id) pair rows must come after: `since` itself when there is no slice before (ids
 * start at 1, so (at, id) > (since, 0) is at >= since). One row-value range on the (tenant, at) index, which carries the id: the
 * database reads only the slice, however many rows there are. Both stores read slices this way.
 */
export const sliceStart = (since: number, after: Slice['after']): [number, number] =>
  after && after.at >= since ? [after.at, after.id] : [since, 0];
