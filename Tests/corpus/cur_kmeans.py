# k-means on 2-D points with a fixed initialisation.
points = [(1.0, 1.0), (1.5, 2.0), (3.0, 4.0), (5.0, 7.0), (3.5, 5.0), (4.5, 5.0), (3.5, 4.5), (9.0, 9.5), (8.5, 9.0)]
centroids = [points[0], points[3], points[7]]
def dist2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
for it in range(10):
    clusters = {i: [] for i in range(len(centroids))}
    for p in points:
        k = min(range(len(centroids)), key=lambda i: dist2(p, centroids[i]))
        clusters[k].append(p)
    new = []
    for i in range(len(centroids)):
        members = clusters[i]
        new.append((sum(p[0] for p in members) / len(members), sum(p[1] for p in members) / len(members)))
    if new == centroids:
        print("converged after", it, "iterations")
        break
    centroids = new
print([tuple(round(c, 4) for c in ct) for ct in centroids])
print({k: len(v) for k, v in clusters.items()})
inertia = sum(min(dist2(p, c) for c in centroids) for p in points)
print(round(inertia, 6))
