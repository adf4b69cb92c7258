package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", n)
	}
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func main() {
	acc := &Account{Owner: "ann"}
	fmt.Println(acc.Deposit(100))
	fmt.Println(acc.Deposit(-5))
	fmt.Println(acc.Withdraw(30))
	err := acc.Withdraw(500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(acc.balance, acc.history)
}
