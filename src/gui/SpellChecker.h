// SpellChecker: words checked against a Hunspell dictionary of the system (Debian's
// hunspell-* packages) and the user's own words, kept in a file of the profile. One loaded
// dictionary per language is shared by every conversation using it.
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Palaver::Gui {

class SpellChecker : public QObject
{
    Q_OBJECT

public:
    // personalDictionary: a file of the user's words, one per line (created when needed).
    explicit SpellChecker(QString personalDictionary, QObject* parent = nullptr);
    ~SpellChecker() override;

    // Languages with a dictionary installed ("de_DE", "en_US"…), sorted.
    static QStringList availableLanguages();
    // Where dictionaries are looked for ($PALAVER_DICTIONARY_DIRS first, then the system's).
    static QStringList dictionaryDirectories();
    // The language to check in when the user has not chosen: the system's, else English,
    // else any; empty without dictionaries.
    static QString defaultLanguage();

    // False when there is no dictionary for it.
    bool isAvailable(const QString& language) const;
    bool isCorrect(const QString& language, const QString& word);
    QStringList suggestions(const QString& language, const QString& word, int max = 6);
    // The word is right in every language from now on, and after restarts.
    void addToDictionary(const QString& word);

Q_SIGNALS:
    void dictionaryChanged();

private:
    struct Dictionary;
    Dictionary* dictionary(const QString& language);

    QString m_personalPath;
    QStringList m_personal;
    QHash<QString, std::shared_ptr<Dictionary>> m_dictionaries;
};

} // namespace Palaver::Gui
