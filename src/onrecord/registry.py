"""Named registries: readers, cleaners and linkers are looked up by name, so users can add their own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from onrecord.errors import ConfigError

T = TypeVar("T")

__all__ = ["Registry"]


class Registry(Generic[T]):
    """A mapping from names to components of one kind.

    Args:
        kind: what the registry holds, used in error messages ("reader", "linker").
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        """Return a decorator that registers its argument under ``name``."""

        def add(item: T) -> T:
            self._items[name] = item
            return item

        return add

    def add(self, name: str, item: T) -> None:
        """Register ``item`` under ``name``, replacing any earlier one."""
        self._items[name] = item

    def get(self, name: str) -> T:
        """Return the component registered as ``name``.

        Raises:
            ConfigError: no component of that name is registered.
        """
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise ConfigError(f"unknown {self.kind} {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        """Return the registered names, sorted."""
        return sorted(self._items)

    def __iter__(self) -> Iterator[tuple[str, T]]:
        return iter(list(self._items.items()))

    def __contains__(self, name: object) -> bool:
        return name in self._items
