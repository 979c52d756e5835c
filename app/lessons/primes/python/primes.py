#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The numbers to check and the CPU-bound check itself, shared by the primes scripts.

Concurrency Lab's copy of primes.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19:
is_prime() is the book's trial division and NUMBERS are the book's 20 numbers (nine of them
prime). QUICK_NUMBERS is not in the book: 20 smaller numbers, again nine primes, for a run of
well under a second instead of many seconds.

Run it on its own to check is_prime() against both lists.
"""

import math

PRIME_FIXTURE = [
    (2, True),
    (142702110479723, True),
    (299593572317531, True),
    (3333333333333301, True),
    (3333333333333333, False),
    (3333335652092209, False),
    (4444444444444423, True),
    (4444444444444444, False),
    (4444444488888889, False),
    (5555553133149889, False),
    (5555555555555503, True),
    (5555555555555555, False),
    (6666666666666666, False),
    (6666666666666719, True),
    (6666667141414921, False),
    (7777777536340681, False),
    (7777777777777753, True),
    (7777777777777777, False),
    (9999999999999917, True),
    (9999999999999999, False),
]

NUMBERS = [n for n, _ in PRIME_FIXTURE]

# Not in the book: the same shape (each prime next to composites of its size, some of them
# squares of primes), about 30 times less work in all.
QUICK_FIXTURE = [
    (2, True),
    (142702110479, True),
    (299593572319, True),
    (3333333333301, True),
    (3333333333333, False),
    (3333388623049, False),
    (4444444444439, True),
    (4444444444444, False),
    (4444637949361, False),
    (5555555555551, True),
    (5555555555555, False),
    (5555576278729, False),
    (6666666666629, True),
    (6666666666666, False),
    (6666677524081, False),
    (7777777777771, True),
    (7777777777777, False),
    (7777901854321, False),
    (9999999999971, True),
    (9999999999999, False),
]

QUICK_NUMBERS = [n for n, _ in QUICK_FIXTURE]


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    root = math.isqrt(n)
    for i in range(3, root + 1, 2):
        if n % i == 0:
            return False
    return True


if __name__ == '__main__':
    for n, prime in PRIME_FIXTURE + QUICK_FIXTURE:
        prime_res = is_prime(n)
        assert prime_res == prime
        print(n, prime)
