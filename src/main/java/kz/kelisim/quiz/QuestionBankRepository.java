package kz.kelisim.quiz;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionBankRepository extends JpaRepository<QuestionBank, String> {
}
