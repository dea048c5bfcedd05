/** A label to place along one axis: where it wants its centre, and how much room it takes. */
export interface DodgeItem {
	/** Preferred centre, e.g. the y of the last point of its series. */
	target: number;
	/** Extent along the axis, including any gap wanted before the next label. */
	size: number;
}

/**
 * Moves labels along one axis as little as possible so that none overlap, keeping their order
 * and keeping them inside [min, max] when they fit. Returns the new centres, in input order.
 *
 * Overlapping labels are merged into clusters and each cluster is centred on the mean of its
 * members' targets (the placement with the least total movement for a stack in fixed order),
 * the same idea as the label "dodge" used by Observable Plot and the ONS chart templates.
 * @example dodgeLabels([{ target: 50, size: 20 }, { target: 52, size: 20 }], 0, 200) // [41, 61]
 */
export function dodgeLabels(items: readonly DodgeItem[], min: number, max: number): number[] {
	const order = items
		.map((item, index) => ({ ...item, index }))
		.sort((a, b) => a.target - b.target || a.index - b.index);
	interface Cluster {
		members: typeof order;
		top: number;
		size: number;
	}
	const clusters: Cluster[] = [];
	const place = (c: Cluster) => {
		// Each member wants the cluster's top at target - (its offset inside the cluster).
		let offset = 0;
		let sum = 0;
		for (const m of c.members) {
			sum += m.target - (offset + m.size / 2);
			offset += m.size;
		}
		c.size = offset;
		c.top = sum / c.members.length;
		// Keep the cluster inside the bounds when it fits; pin it to the top when it does not.
		if (c.top + c.size > max) c.top = max - c.size;
		if (c.top < min) c.top = min;
	};
	for (const item of order) {
		const cluster: Cluster = { members: [item], top: 0, size: 0 };
		place(cluster);
		clusters.push(cluster);
		// Merge backwards while the newest cluster overlaps the one before it.
		while (clusters.length > 1) {
			const last = clusters[clusters.length - 1]!;
			const prev = clusters[clusters.length - 2]!;
			if (prev.top + prev.size <= last.top + 1e-9) break;
			prev.members.push(...last.members);
			clusters.pop();
			place(prev);
		}
	}
	const centres = new Array<number>(items.length);
	for (const c of clusters) {
		let offset = c.top;
		for (const m of c.members) {
			centres[m.index] = offset + m.size / 2;
			offset += m.size;
		}
	}
	return centres;
}
