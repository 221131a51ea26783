# Feature preparation by hand: standardising, min-max scaling, one-hot encoding, binning, train/test split.
import numpy as np

np.random.seed(30)
ages = np.array([22, 35, 58, 41, 29, 63, 47, 33])
income = np.array([28.0, 52.5, 91.0, 60.2, 35.1, 88.8, 71.3, 45.0])
cities = ["oslo", "lima", "oslo", "pune", "lima", "oslo", "pune", "lima"]
z = (income - income.mean()) / income.std()
mm = (ages - ages.min()) / (ages.max() - ages.min())
print(np.round(z, 4), round(z.mean(), 12), round(z.std(), 12))
print(np.round(mm, 4))
cats = sorted(set(cities))
index = {c: i for i, c in enumerate(cats)}
onehot = np.zeros((len(cities), len(cats)), dtype=int)
onehot[np.arange(len(cities)), [index[c] for c in cities]] = 1
print(cats, onehot.tolist(), onehot.sum(axis=0))
edges = [0, 30, 45, 120]
bins = np.digitize(ages, edges[1:-1])
labels = ["young", "mid", "senior"]
print(bins, [labels[i] for i in bins])
X = np.column_stack([mm, z, onehot])
print(X.shape, np.round(X[0], 4))
idx = np.random.permutation(len(X))
cut = int(0.75 * len(X))
train, test = idx[:cut], idx[cut:]
print(sorted(train.tolist()), sorted(test.tolist()), len(set(train) & set(test)))
mu, sd = income[train].mean(), income[train].std()
print(round(mu, 4), round(sd, 4), np.round((income[test] - mu) / sd, 4))
log_income = np.log1p(income)
print(np.round(log_income[:3], 4), np.round(np.expm1(log_income[:3]), 4))
interactions = ages * income
print(interactions[:3], np.corrcoef(ages, income)[0, 1].round(4))
