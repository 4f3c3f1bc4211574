/// Finds kernel-FPU ownership that a new thread inherits on powerpc: a copy of the
/// parent's pcb into the child's in cpu_copy_thread, cpu_set_upcall
/// (cpu_fork with -D check_fork), with a path to the return on which
/// pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE (FreeBSD PR 247945).
///
// Generated from rules/powerpc.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// Options: --no-includes
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report
virtual check_fork

@r_cpu_copy_thread depends on (report || org) exists@
identifier child, parent;
expression E, N, W;
position p;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on context exists@
identifier child, parent;
expression E, N, W;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on patch exists@
identifier child, parent;
expression E, N, W;
expression V;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_copy_thread.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")

@r_cpu_set_upcall depends on (report || org) exists@
identifier child, parent;
expression E, N, W;
position p;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on context exists@
identifier child, parent;
expression E, N, W;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on patch exists@
identifier child, parent;
expression E, N, W;
expression V;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_set_upcall.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")

@r_cpu_fork depends on (report || org) && check_fork exists@
identifier child, parent;
expression E, N, W;
position p;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on context && check_fork exists@
identifier child, parent;
expression E, N, W;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
}

@depends on patch && check_fork exists@
identifier child, parent;
expression E, N, W;
expression V;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_fork.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE copied from the parent thread")
