/*
 * illumos x86, fp_lwp_dup() as read on illumos-gate 75840da35ece (2023;
 * r1mikey/illumos-gate bb936843 has the same): forklwp() has copied the
 * whole parent lwp into the child, keeping the child's own FPU save
 * buffer aside in lwp_fpu; fp_lwp_dup() copies the parent's registers
 * into that buffer, points the child's kfpu_u back at it and, since
 * illumos 15254 (ed093b41), drops the parent's signal FPU state.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-pc-solaris2.11 -verify=good %s
 * good-no-diagnostics
 *
 * Trees before 15254 have no fpu_signal: nothing more is required.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-pc-solaris2.11 -DBEFORE_15254 -verify=good %s
 *
 * Without the pointer's restore, or the signal state's NULL, the child
 * keeps the parent's: each is reported.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-pc-solaris2.11 -DFORGET_POINTER -verify=pointer %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-pc-solaris2.11 -DFORGET_SIGNAL -verify=signal %s
 *
 * The pcbcheck command picks solaris/amd64 for the target, and fixes the
 * forgotten signal state first in the function.
 * RUN: %pcbcheck --fix %s -- --target=x86_64-pc-solaris2.11 -DFORGET_SIGNAL > %t.patch 2> %t.err
 * RUN: FileCheck --check-prefix=FIX %s < %t.patch
 * FIX: +{{.*}}lwp->lwp_pcb.pcb_fpu.fpu_signal = NULL;
 * RUN: not %pcbcheck --engine=cocci %s -- --target=x86_64-pc-solaris2.11 -DFORGET_POINTER 2>&1 | FileCheck --check-prefix=COCCI %s
 * COCCI: warning: fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic still points at the parent's FPU save buffer [mdthread.PcbFpuState]
 */

#define	NULL	((void *)0)

typedef unsigned long	size_t;
typedef unsigned long	uint64_t;
typedef unsigned int	uint_t;

#define	FPU_EN		0x01
#define	FPU_VALID	0x02
#define	FPU_KERNEL	0x08

#define	FP_FXSAVE	2
#define	FP_XSAVE	3

struct fxsave_state {
	unsigned short	fx_fcw;
	unsigned char	fx_regs[510];
};

typedef struct {
	union {
		void			*kfpu_generic;
		struct fxsave_state	*kfpu_fx;
	} kfpu_u;
	unsigned int	kfpu_status;
	unsigned int	kfpu_xstatus;
} kfpu_t;

typedef struct fpu_ctx {
	kfpu_t		fpu_regs;
	uint64_t	fpu_xsave_mask;
	uint_t		fpu_flags;
#ifndef BEFORE_15254
	void		*fpu_signal;
#endif
} fpu_ctx_t;

struct pcb {
	int		pcb_flags;
	fpu_ctx_t	pcb_fpu;
};

typedef struct _klwp {
	struct pcb	lwp_pcb;
	void		*lwp_fpu;
} klwp_t;

extern int	fp_save_mech;
extern size_t	cpuid_get_xsave_size(void);
extern void	bcopy(const void *, void *, size_t);
extern void	panic(const char *, ...) __attribute__((__noreturn__));

void
fp_lwp_dup(klwp_t *lwp)
{
	void *buf = lwp->lwp_fpu;
	size_t len;

	if (fp_save_mech == FP_FXSAVE)
		len = sizeof (struct fxsave_state);
	else if (fp_save_mech == FP_XSAVE)
		len = cpuid_get_xsave_size();
	else
		panic("fp_lwp_dup: unknown save mechanism");

	/* The parent's registers, into the child's own buffer. */
	bcopy(lwp->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic, buf, len);
#ifndef FORGET_POINTER
	lwp->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = buf;
#endif
#if !defined(BEFORE_15254) && !defined(FORGET_SIGNAL)
	/* The parent's signal FPU state stays the parent's. */
	lwp->lwp_pcb.pcb_fpu.fpu_signal = NULL;
#endif
} // pointer-warning{{fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic still points at the parent's FPU save buffer}} pointer-note{{child lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic is not reset when fp_lwp_dup returns}} signal-warning{{fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_signal still points at the parent's signal FPU state, which each lwp's cleanup frees}} signal-note{{child lwp_pcb.pcb_fpu.fpu_signal is not reset when fp_lwp_dup returns}}
