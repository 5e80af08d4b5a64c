"""Rules: one module per rule, found by the registry under ``checker/rules/<area>/<name>.py``.

A rule module declares (as in yamllint) its contract at module level and a ``check`` function
that yields :class:`checker.findings.Problem` objects. Rules never print and never touch files.

``ID``         the rule id (``area/name``; the module path must match)
``SEVERITY``   default severity
``HANDBOOK``   the handbook section whose norm the rule enforces, e.g. ``"ch9/9.1"``
``FIXABLE``    ``"safe"``, ``"unsafe"`` or ``None``
``TARGET``     what ``check`` receives: ``"policy"`` (a :class:`PolicyDoc`), ``"draft"``
               (a :class:`Draft`), ``"file"`` (any loaded file) or ``"post"`` (a file's
               suppression state after the other rules ran)
``POLICY_KINDS`` for policy rules, the policy kinds they look at (empty: all)

The module docstring is the rule's documentation, in four sections: ``## 检查什么``,
``## 为什么重要``, ``## 示例`` (a failing example) and ``## 应改为`` (a passing one). The examples
are fenced blocks whose info string names the file they stand for, e.g.
````` ```markdown title="drafts/a.md" `````; the test suite runs them.
"""
