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

/// Eigenvalues (and vectors) of a symmetric matrix, relatively robust representations (SciPy's `eigh`).
void dsyevr_(const char *jobz, const char *range, const char *uplo, const lapack_int_t *n, double *a,
             const lapack_int_t *lda, const double *vl, const double *vu, const lapack_int_t *il,
             const lapack_int_t *iu, const double *abstol, lapack_int_t *m, double *w, double *z,
             const lapack_int_t *ldz, lapack_int_t *isuppz, double *work, const lapack_int_t *lwork,
             lapack_int_t *iwork, const lapack_int_t *liwork, lapack_int_t *info, size_t jobz_len, size_t range_len,
             size_t uplo_len);

/// Singular value decomposition, divide and conquer.
void dgesdd_(const char *jobz, const lapack_int_t *m, const lapack_int_t *n, double *a, const lapack_int_t *lda,
             double *s, double *u, const lapack_int_t *ldu, double *vt, const lapack_int_t *ldvt, double *work,
             const lapack_int_t *lwork, lapack_int_t *iwork, lapack_int_t *info, size_t jobz_len);

/// LU factorisation with partial pivoting.
void dgetrf_(const lapack_int_t *m, const lapack_int_t *n, double *a, const lapack_int_t *lda, lapack_int_t *ipiv,
             lapack_int_t *info);

/// Inverse from an LU factorisation.
void dgetri_(const lapack_int_t *n, double *a, const lapack_int_t *lda, const lapack_int_t *ipiv, double *work,
             const lapack_int_t *lwork, lapack_int_t *info);

/// Eigenvalues and right eigenvectors of a general matrix.
void dgeev_(const char *jobvl, const char *jobvr, const lapack_int_t *n, double *a, const lapack_int_t *lda,
            double *wr, double *wi, double *vl, const lapack_int_t *ldvl, double *vr, const lapack_int_t *ldvr,
            double *work, const lapack_int_t *lwork, lapack_int_t *info, size_t jobvl_len, size_t jobvr_len);

/// QR factorisation (Householder reflectors).
void dgeqrf_(const lapack_int_t *m, const lapack_int_t *n, double *a, const lapack_int_t *lda, double *tau,
             double *work, const lapack_int_t *lwork, lapack_int_t *info);

/// The orthogonal Q of a QR factorisation, from its reflectors.
void dorgqr_(const lapack_int_t *m, const lapack_int_t *n, const lapack_int_t *k, double *a, const lapack_int_t *lda,
             const double *tau, double *work, const lapack_int_t *lwork, lapack_int_t *info);

/// Cholesky factorisation of a symmetric positive definite matrix.
void dpotrf_(const char *uplo, const lapack_int_t *n, double *a, const lapack_int_t *lda, lapack_int_t *info,
             size_t uplo_len);

/// Solves a triangular system A X = B or Aᵀ X = B.
void dtrtrs_(const char *uplo, const char *trans, const char *diag, const lapack_int_t *n, const lapack_int_t *nrhs,
             const double *a, const lapack_int_t *lda, double *b, const lapack_int_t *ldb, lapack_int_t *info,
             size_t uplo_len, size_t trans_len, size_t diag_len);

/// Inverts a triangular matrix in place.
void dtrtri_(const char *uplo, const char *diag, const lapack_int_t *n, double *a, const lapack_int_t *lda,
             lapack_int_t *info, size_t uplo_len, size_t diag_len);

/// Minimum-norm least squares by SVD, divide and conquer.
void dgelsd_(const lapack_int_t *m, const lapack_int_t *n, const lapack_int_t *nrhs, double *a,
             const lapack_int_t *lda, double *b, const lapack_int_t *ldb, double *s, const double *rcond,
             lapack_int_t *rank, double *work, const lapack_int_t *lwork, lapack_int_t *iwork, lapack_int_t *info);

#endif
