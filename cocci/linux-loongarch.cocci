/// Finds FPU flags that a new task keeps from its parent on linux/loongarch:
/// a path through a function that makes the task and never clears
/// TIF_USEDFPU, TIF_USEDSIMD, TIF_LSX_CTX_LIVE, TIF_LASX_CTX_LIVE, TIF_USEDLBT, TIF_LBT_CTX_LIVE.
///
// Generated from rules/linux-loongarch.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Options: --no-includes --include-headers
// Keywords: fork, copy_thread, FPU

virtual patch
virtual context
virtual org
virtual report

@r_copy_thread depends on (report || org) exists@
identifier child;
expression T;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
}

@depends on context exists@
identifier child;
expression T;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
* return ...;
}

@depends on patch exists@
identifier child;
expression T;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
+ clear_tsk_thread_flag(child, TIF_USEDFPU);
+ clear_tsk_thread_flag(child, TIF_USEDSIMD);
+ clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE);
+ clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE);
+ clear_tsk_thread_flag(child, TIF_USEDLBT);
+ clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE);
  return ...;
}

@script:python depends on report@
p << r_copy_thread.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDFPU | TIF_USEDSIMD | TIF_LSX_CTX_LIVE | TIF_LASX_CTX_LIVE | TIF_USEDLBT | TIF_LBT_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDFPU | TIF_USEDSIMD | TIF_LSX_CTX_LIVE | TIF_LASX_CTX_LIVE | TIF_USEDLBT | TIF_LBT_CTX_LIVE copied from the parent thread")
