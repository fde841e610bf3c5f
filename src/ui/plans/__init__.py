"""The Plans area: a board's plans, and the chosen plan as a tree of sections and tasks.

- plans_page     the page: the plan list, the tree and the details, kept in step
- plan_tree      the chosen plan as a tree model
- plan_detail    the details of the row chosen in the tree
- plan_actions   the buttons over the page and what they do (the task form comes from ui.tasks)
- plan_dialogs   a plan, a section, copying a plan to the next year
"""
