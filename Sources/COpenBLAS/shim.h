#ifndef TESSEL_COPENBLAS_SHIM_H
#define TESSEL_COPENBLAS_SHIM_H
// CBLAS from OpenBLAS (Debian's libopenblas-dev puts cblas.h on the default
// include path), and the Fortran LAPACK routines libopenblas exports. They are
// declared here rather than through lapacke: every argument by pointer,
// column-major, and character arguments followed by their hidden lengths
// (gfortran ABI), so no liblapacke is needed.
#include <cblas.h>
#include <stddef.h>

typedef int lapack_int_t;

/// Solves A X = B by LU with partial pivoting.
void dgesv_(const lapack_int_t *n, const lapack_int_t *nrhs, double *a, const lapack_int_t *lda,
            lapack_int_t *ipiv, double *b, const lapack_int_t *ldb, lapack_int_t *info);

/// Eigenvalues (and vectors) of a symmetric matrix, divide and conquer.
void dsyevd_(const char *jobz, const char *uplo, const lapack_int_t *n, double *a, const lapack_int_t *lda,
             double *w, double *work, const lapack_int_t *lwork, lapack_int_t *iwork, const lapack_int_t *liwork,
             lapack_int_t *info, size_t jobz_len, size_t uplo_len);

/// Singular value decomposition, divide and conquer.
void dgesdd_(const char *jobz, const lapack_int_t *m, const lapack_int_t *n, double *a, const lapack_int_t *lda,
             double *s, double *u, const lapack_int_t *ldu, double *vt, const lapack_int_t *ldvt, double *work,
             const lapack_int_t *lwork, lapack_int_t *iwork, lapack_int_t *info, size_t jobz_len);

#endif
