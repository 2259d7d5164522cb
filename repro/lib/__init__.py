"""The experiment library shared by reproduction bundles (standard library, torch and numpy only).

Each module is imported on its own by the bundles that list it in their manifest; nothing is
imported here so that a bundle pulls in only the files it was sealed with.
"""
