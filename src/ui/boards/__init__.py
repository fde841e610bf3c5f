"""The Boards area: the tree of boards by level and parent, and the board form.

- boards_page    the page: the tree, the chosen board's details, new / edit
- board_dialog   create or edit a board (BoardDialog)
"""
