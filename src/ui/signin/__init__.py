"""Signing in: the connections of this PC, reaching a database (asking a server's password),
the first administrator of an empty database, and the sign-in itself.

- login_dialog         sign-in on start; builds the AppContext on a worker
- first_admin_dialog   the first start on a database without accounts
- connections          this PC's connection profiles: New / Edit / Delete / Test
- profile_dialog       editing one profile, and what "test connection" found
- connector            reaching a profile's database on a worker
- password_dialog      a server's password, and what to say without a keyring
"""
