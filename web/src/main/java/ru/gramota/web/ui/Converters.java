package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import ru.gramota.admin.EmployeeAdministration;
import ru.gramota.admin.EmployeeView;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Correspondents;
import ru.gramota.registry.service.RegistrationCard.Person;

/** What the pickers of the forms submit: a correspondent by id, a person by user name. */
final class Converters {

    private Converters() {}

    /** A correspondents directory entry, by its id. */
    @Dependent
    @FacesConverter(value = "correspondent", managed = true)
    public static class CorrespondentConverter implements Converter<CorrespondentView> {

        @EJB
        private Correspondents correspondents;

        @Override
        public CorrespondentView getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return correspondents.read(Long.parseLong(value.strip()));
            } catch (NumberFormatException | UnknownEntityException e) {
                throw refused("Выберите корреспондента из списка.");
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, CorrespondentView value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }

    /** An employee, by user name. */
    @Dependent
    @FacesConverter(value = "person", managed = true)
    public static class PersonConverter implements Converter<Person> {

        @EJB
        private EmployeeAdministration employees;

        @Override
        public Person getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                EmployeeView employee = employees.read(value.strip());
                return new Person(employee.username(), employee.fullName());
            } catch (UnknownEntityException e) {
                throw refused("Выберите сотрудника из списка.");
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Person value) {
            return value == null ? "" : value.username();
        }
    }

    private static ConverterException refused(String message) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
