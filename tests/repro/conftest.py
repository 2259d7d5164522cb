"""Fixtures of the experiment-library and bundle tests."""

import pytest
import torch


@pytest.fixture
def one_thread():
    """torch on one thread for the test: on 2 shared cores a second thread mostly spins, and tiny
    models gain nothing from it. Modules use it with ``pytestmark = pytest.mark.usefixtures("one_thread")``."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
