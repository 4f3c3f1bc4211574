/// Finds FPU state that a new task keeps from its parent on linux/s390: a
/// path through a function that makes the task and never clears one of its
/// flags. With -D field_resets (SPFLAGS="-D field_resets" for make
/// coccicheck), also a path that never resets thread.kfpu_flags,
/// thread.ri_cb, thread.gs_cb, thread.gs_bc_cb. An error return fails the
/// fork: nothing is required there.
///
// Generated from rules/linux-s390.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Options: --no-includes --include-headers
// Keywords: fork, copy_thread, FPU

virtual patch
virtual context
virtual org
virtual report
virtual field_resets

@initialize:python@
@@

# By flag or field: the file's static functions that clear it on
# every path, and those that copy a parent's pcb and leave it.
clears = {}
copies = {}
for key in ["thread.kfpu_flags", "thread.ri_cb", "thread.gs_cb", "thread.gs_bc_cb"]:
    clears[key] = set()
    copies[key] = set()

@clears_thread_kfpu_flags forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.kfpu_flags"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.kfpu_flags = V;
|
  E4->thread.kfpu_flags = V;
|
  E4.thread.kfpu_flags = V;
|
  E4->kfpu_flags = V;
|
  E4.kfpu_flags = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_kfpu_flags.helper;
@@

clears["thread.kfpu_flags"].add(helper)

@clears_thread_ri_cb forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.ri_cb"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.ri_cb = V;
|
  E4->thread.ri_cb = V;
|
  E4.thread.ri_cb = V;
|
  E4->ri_cb = V;
|
  E4.ri_cb = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_ri_cb.helper;
@@

clears["thread.ri_cb"].add(helper)

@clears_thread_gs_cb forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.gs_cb"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.gs_cb = V;
|
  E4->thread.gs_cb = V;
|
  E4.thread.gs_cb = V;
|
  E4->gs_cb = V;
|
  E4.gs_cb = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_gs_cb.helper;
@@

clears["thread.gs_cb"].add(helper)

@clears_thread_gs_bc_cb forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.gs_bc_cb"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.gs_bc_cb = V;
|
  E4->thread.gs_bc_cb = V;
|
  E4.thread.gs_bc_cb = V;
|
  E4->gs_bc_cb = V;
|
  E4.gs_bc_cb = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_gs_bc_cb.helper;
@@

clears["thread.gs_bc_cb"].add(helper)

@r_arch_dup_task_struct_thread_kfpu_flags depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.kfpu_flags"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.kfpu_flags = V
      when != E->thread.kfpu_flags = V
      when != memset(&child->thread, ...)
      when != E4->thread.kfpu_flags = V
      when != E4.thread.kfpu_flags = V
      when != E4->kfpu_flags = V
      when != E4.kfpu_flags = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.kfpu_flags"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.kfpu_flags = V
      when != E->thread.kfpu_flags = V
      when != memset(&child->thread, ...)
      when != E4->thread.kfpu_flags = V
      when != E4.thread.kfpu_flags = V
      when != E4->kfpu_flags = V
      when != E4.kfpu_flags = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_kfpu_flags.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.kfpu_flags still names the FPU registers the parent uses inside kernel_fpu_begin()")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_kfpu_flags.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.kfpu_flags still names the FPU registers the parent uses inside kernel_fpu_begin()")

@r_arch_dup_task_struct_thread_ri_cb depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.ri_cb"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.ri_cb = V
      when != E->thread.ri_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.ri_cb = V
      when != E4.thread.ri_cb = V
      when != E4->ri_cb = V
      when != E4.ri_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.ri_cb"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.ri_cb = V
      when != E->thread.ri_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.ri_cb = V
      when != E4.thread.ri_cb = V
      when != E4->ri_cb = V
      when != E4.ri_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_ri_cb.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.ri_cb still points at the parent's runtime-instrumentation control block, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_ri_cb.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.ri_cb still points at the parent's runtime-instrumentation control block, which a failed fork frees")

@r_arch_dup_task_struct_thread_gs_cb depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.gs_cb"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.gs_cb = V
      when != E->thread.gs_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.gs_cb = V
      when != E4.thread.gs_cb = V
      when != E4->gs_cb = V
      when != E4.gs_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.gs_cb"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.gs_cb = V
      when != E->thread.gs_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.gs_cb = V
      when != E4.thread.gs_cb = V
      when != E4->gs_cb = V
      when != E4.gs_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_gs_cb.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.gs_cb still points at the parent's guarded-storage control block, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_gs_cb.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.gs_cb still points at the parent's guarded-storage control block, which a failed fork frees")

@r_arch_dup_task_struct_thread_gs_bc_cb depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.gs_bc_cb"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.gs_bc_cb = V
      when != E->thread.gs_bc_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.gs_bc_cb = V
      when != E4.thread.gs_bc_cb = V
      when != E4->gs_bc_cb = V
      when != E4.gs_bc_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.gs_bc_cb"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.gs_bc_cb = V
      when != E->thread.gs_bc_cb = V
      when != memset(&child->thread, ...)
      when != E4->thread.gs_bc_cb = V
      when != E4.thread.gs_bc_cb = V
      when != E4->gs_bc_cb = V
      when != E4.gs_bc_cb = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_gs_bc_cb.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.gs_bc_cb still points at the parent's guarded-storage broadcast control block, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_gs_bc_cb.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.gs_bc_cb still points at the parent's guarded-storage broadcast control block, which a failed fork frees")
